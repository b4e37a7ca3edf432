# a bank ledger with functions, dicts and error handling
accounts = {}
log = []

class_free_errors = (ValueError, KeyError)

def open_account(name, deposit=0):
    if name in accounts:
        raise ValueError(f"account {name!r} exists")
    if deposit < 0:
        raise ValueError("negative deposit")
    accounts[name] = deposit
    log.append(("open", name, deposit))

def deposit(name, amount):
    if amount <= 0:
        raise ValueError(f"bad amount {amount}")
    accounts[name] += amount
    log.append(("deposit", name, amount))

def withdraw(name, amount):
    bal = accounts[name]
    if amount > bal:
        raise ValueError(f"insufficient funds: {name} has {bal}, wants {amount}")
    accounts[name] = bal - amount
    log.append(("withdraw", name, amount))

def transfer(src, dst, amount):
    if dst not in accounts:
        raise KeyError(dst)
    withdraw(src, amount)
    deposit(dst, amount)

ops = [
    (open_account, "alice", 100), (open_account, "bob"), (open_account, "alice", 5),
    (deposit, "bob", 50), (withdraw, "alice", 30), (withdraw, "bob", 500),
    (transfer, "alice", "bob", 25), (transfer, "bob", "carol", 1), (deposit, "dave", 10),
    (deposit, "alice", -5), (open_account, "carol", -1), (open_account, "carol", 0),
    (transfer, "bob", "carol", 75),
]
for op, *args in ops:
    try:
        op(*args)
        print(f"ok   {op.__name__}{tuple(args)} -> {accounts}")
    except class_free_errors as e:
        print(f"fail {op.__name__}{tuple(args)}: {type(e).__name__}: {e}")
print("final:", accounts)
print("total:", sum(accounts.values()))
for kind in ("open", "deposit", "withdraw"):
    entries = [e for e in log if e[0] == kind]
    print(f"{kind:<9}{len(entries):>3}{sum(e[2] for e in entries):>8}")
richest = max(accounts, key=accounts.get)
print("richest:", richest, accounts[richest])
print(sorted(accounts.items(), key=lambda kv: (-kv[1], kv[0])))
statement = {}
for kind, name, amount in log:
    statement.setdefault(name, []).append(f"{kind}:{amount}")
for name in sorted(statement):
    print(name.ljust(6), " ".join(statement[name]))
