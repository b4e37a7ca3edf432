'single'
"double"
''''''
""""""
'''triple
quoted'''
"""triple "double" quoted"""
'it\'s'
"say \"hi\""
'mixed "quotes" and \'apostrophes\''
"\n\t\r\\\a\b\f\v\0"
"\x41\x7f\x80\xff"
"\u00e9\u20ac\U0001F600\ud800"
"\101\1\12\777"
"\q \d unknown escapes"
"é€😀 non-ASCII"
"line \
continued"
'\
'
"control \x01\x1f\x7f\x85\xa0\xad"
"\u2028\u2029\u200b\ufeff"
"tab\there"
u"unicode prefix"
U"upper U"
r"raw \n \t \\ \x"
R"raw upper"
r'\''
'adjacent' "strings" '''concatenate'''
u"kind" "only" "first"
"not" u"kind"
''
'\0'
"""multi
line
	with tab"""
