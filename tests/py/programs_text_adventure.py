# a text adventure as a state machine driven by a fixed list of commands
rooms = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}
state = {"room": "hall", "inventory": [], "moves": 0, "score": 0}

def describe():
    r = rooms[state["room"]]
    exits = ", ".join(sorted(r["exits"]))
    items = ", ".join(r["items"]) or "nothing"
    return f"You are in {r['desc']}. Exits: {exits}. You see: {items}."

def go(direction):
    r = rooms[state["room"]]
    if direction not in r["exits"]:
        return "You can't go that way."
    target = r["exits"][direction]
    if rooms[target].get("locked"):
        if "key" in state["inventory"]:
            rooms[target]["locked"] = False
            msg = "You unlock the door. "
        else:
            return "The door is locked."
    else:
        msg = ""
    state["room"] = target
    return msg + describe()

def take(item):
    r = rooms[state["room"]]
    if item not in r["items"]:
        return f"There is no {item} here."
    r["items"].remove(item)
    state["inventory"].append(item)
    state["score"] += 10 if item != "treasure" else 100
    return f"Taken: {item}."

def drop(item):
    if item not in state["inventory"]:
        return f"You don't have {item}."
    state["inventory"].remove(item)
    rooms[state["room"]]["items"].append(item)
    return f"Dropped: {item}."

commands = {"go": go, "take": take, "drop": drop}
script = ["look", "take lamp", "go east", "go down", "go west", "go north", "take key",
          "take sword", "drop lamp", "go south", "go east", "go down", "take treasure",
          "inventory", "dance", "go up", "quit"]
print(describe())
for line in script:
    state["moves"] += 1
    verb, _, arg = line.partition(" ")
    if verb == "quit":
        print("> quit\nBye.")
        break
    if verb == "look":
        out = describe()
    elif verb == "inventory":
        out = "You carry: " + (", ".join(state["inventory"]) or "nothing")
    elif verb in commands:
        out = commands[verb](arg)
    else:
        out = f"I don't know how to {verb}."
    print(f"> {line}\n{out}")
print(f"Moves: {state['moves']}, score: {state['score']}")
print({name: r["items"] for name, r in rooms.items()})
