b'bytes'
B"BYTES"
b''
b'\x00\x01\x7f\x80\xff'
b'\n\r\t\\\''
b"it's"
b'\101\777'
b'\q unknown'
br'raw \n'
rb'raw \x00'
Br'x'
bR'y'
RB'z'
b'adjacent' b"bytes"
b"""triple
bytes"""
