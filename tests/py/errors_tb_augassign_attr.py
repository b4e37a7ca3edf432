# augmented assignment to a missing attribute
class_ = None
class_.foo += 1
