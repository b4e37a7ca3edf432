# a traceback through several frames, each line marked
def level3(x):
    return int(x)

def level2(x):
    y = level3(x)
    return y

def level1(x):
    return [level2(x)]

def main():
    print(level1("12"))
    print(level1("twelve"))

main()
