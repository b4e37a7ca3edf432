try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
try:
    try:
        raise SystemExit(2)
    except Exception:
        print("wrong")
except SystemExit as e:
    print("SystemExit passes through Exception handlers", e)
raise KeyboardInterrupt("bye")
