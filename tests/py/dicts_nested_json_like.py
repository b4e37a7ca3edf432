config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": False, "users": [{"name": "a", "roles": ["admin"]}, {"name": "b", "roles": []}]}
print(config)
print(config["server"]["ports"][-1], config["users"][0]["roles"][0], len(config["users"][1]["roles"]))
config["server"]["ports"].append(8080)
config["users"].append({"name": "c", "roles": ["dev", "ops"]})
print([u["name"] for u in config["users"] if u["roles"]])
def walk(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            walk(v, f"{path}.{k}" if path else k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            walk(v, f"{path}[{i}]")
    else:
        print(path, "=", repr(obj))
walk(config)
def get_path(obj, keys, default=None):
    for k in keys:
        try:
            obj = obj[k]
        except (KeyError, IndexError, TypeError):
            return default
    return obj
print(get_path(config, ["server", "host"]), get_path(config, ["users", 5, "name"], "?"), get_path(config, ["debug", "x"], "bad"))
