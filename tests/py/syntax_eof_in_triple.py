"""doc
