# a tab-indented line
def f(d):
	return d["k"]

print(f({"k": 1}))
f({})
