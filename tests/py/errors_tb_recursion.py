# RecursionError: the repeated lines are summarised
def down(n):
    return down(n + 1) + 1

down(0)
