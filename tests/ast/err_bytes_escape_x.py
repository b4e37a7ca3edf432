x = b"\xz"
