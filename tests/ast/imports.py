import a
import a.b.c
import a as b
import a.b as c
import a, b
import a.b as c, d.e, f as g
from a import b
from a import b as c
from a import b, c
from a import (b, c)
from a import (b, c,)
from a import (b as c, d as e)
from a.b.c import d
from . import a
from .. import a
from ... import a
from .... import a
from .a import b
from ..a.b import c
from ...a import b
from a import *
from . import *
from .a import *
