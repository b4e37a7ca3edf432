# coding: foo-bar
x = 1
