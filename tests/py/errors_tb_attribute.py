# AttributeError on an attribute load: carets under value.attr
class_like = {"name": "x"}
print(class_like.get("name"))
n = len(class_like).bit_length
value = n.real.imag.nothing_here
