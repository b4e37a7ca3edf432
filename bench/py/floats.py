# floats: float arithmetic in tight loops without classes - an n-body
# simulation of the outer planets (bodies as lists of floats), the spectral
# norm of the infinite matrix A(i, j) = 1/((i+j)(i+j+1)/2+i+1), a Mandelbrot
# set and Simpson's rule over functions of the math module.

import math

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def make_bodies():
    # [x, y, z, vx, vy, vz, mass]
    sun = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS]
    jupiter = [4.84143144246472090e+00, -1.16032004402742839e+00,
               -1.03622044471123109e-01, 1.66007664274403694e-03 * DAYS_PER_YEAR,
               7.69901118419740425e-03 * DAYS_PER_YEAR,
               -6.90460016972063023e-05 * DAYS_PER_YEAR,
               9.54791938424326609e-04 * SOLAR_MASS]
    saturn = [8.34336671824457987e+00, 4.12479856412430479e+00,
              -4.03523417114321381e-01, -2.76742510726862411e-03 * DAYS_PER_YEAR,
              4.99852801234917238e-03 * DAYS_PER_YEAR,
              2.30417297573763929e-05 * DAYS_PER_YEAR,
              2.85885980666130812e-04 * SOLAR_MASS]
    uranus = [1.28943695621391310e+01, -1.51111514016986312e+01,
              -2.23307578892655734e-01, 2.96460137564761618e-03 * DAYS_PER_YEAR,
              2.37847173959480950e-03 * DAYS_PER_YEAR,
              -2.96589568540237556e-05 * DAYS_PER_YEAR,
              4.36624404335156298e-05 * SOLAR_MASS]
    neptune = [1.53796971148509165e+01, -2.59193146099879641e+01,
               1.79258772950371181e-01, 2.68067772490389322e-03 * DAYS_PER_YEAR,
               1.62824170038242295e-03 * DAYS_PER_YEAR,
               -9.51592254519715870e-05 * DAYS_PER_YEAR,
               5.15138902046611451e-05 * SOLAR_MASS]
    return [sun, jupiter, saturn, uranus, neptune]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            e -= b[6] * c[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for b, c in pairs:
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            bm = b[6] * mag
            cm = c[6] * mag
            b[3] -= dx * cm
            b[4] -= dy * cm
            b[5] -= dz * cm
            c[3] += dx * bm
            c[4] += dy * bm
            c[5] += dz * bm
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    return [sum([eval_a(i, j) * u[j] for j in range(n)]) for i in range(n)]


def times_at(u):
    n = len(u)
    return [sum([eval_a(j, i) * u[j] for j in range(n)]) for i in range(n)]


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(5):
        v = times_at(times_a(u))
        u = times_at(times_a(v))
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return (vbv / vv) ** 0.5


def mandelbrot(w, h, limit):
    inside = 0
    iters = 0
    for py in range(h):
        ci = 2.0 * py / h - 1.0
        for px in range(w):
            cr = 3.0 * px / w - 2.0
            zr = zi = 0.0
            k = 0
            while k < limit and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                k += 1
            iters += k
            if k == limit:
                inside += 1
    return inside, iters


def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4.0 if i & 1 else 2.0) * f(a + i * h)
    return s * h / 3.0


bodies = make_bodies()
pairs = [(bodies[i], bodies[j]) for i in range(5) for j in range(i + 1, 5)]
offset_momentum(bodies)
print("energy before %.9f" % energy(bodies))
advance(bodies, pairs, 0.01, 60000)
print("energy after  %.9f" % energy(bodies))
print("spectral norm %.9f" % spectral_norm(100))
print("mandelbrot", mandelbrot(160, 100, 200))
print("simpson %.9f %.9f %.9f" % (
    simpson(lambda x: math.sin(x) * math.exp(-x), 0.0, math.pi, 40000),
    simpson(lambda x: math.sqrt(1.0 - x * x), -1.0, 1.0, 40000) * 2.0,
    simpson(lambda x: math.log(x) / (1.0 + x * x), 1.0, 10.0, 40000)))
