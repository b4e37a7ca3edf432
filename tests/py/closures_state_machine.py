def make_fsm():
    state = "idle"
    history = []
    transitions = {("idle", "start"): "running", ("running", "pause"): "paused",
                   ("paused", "start"): "running", ("running", "stop"): "idle", ("paused", "stop"): "idle"}
    def send(event):
        nonlocal state
        key = (state, event)
        if key not in transitions:
            history.append(f"ignored {event} in {state}")
            return state
        history.append(f"{state} -{event}-> {transitions[key]}")
        state = transitions[key]
        return state
    def log():
        return history
    return send, log
send, log = make_fsm()
for ev in ["start", "pause", "pause", "start", "stop", "stop"]:
    print(ev, "->", send(ev))
print("\n".join(log()))
