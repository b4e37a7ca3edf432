# ~~~^^^ under a subscript
data = {"a": [1, 2, 3]}
print(data["a"][0])
x = data["a"][ 5 ]
