"""The site's palette (the custom properties at the top of static/css/site.css) as RGB triples,
for the generated covers and PDFs: one place to follow when the stylesheet's colours change."""

BLUE_900 = (7, 44, 87)
BLUE_800 = (9, 58, 114)
BLUE_700 = (11, 74, 139)
BLUE_600 = (26, 94, 168)
BLUE_200 = (185, 207, 234)
BLUE_50 = (241, 246, 252)
YELLOW_500 = (245, 196, 0)
YELLOW_300 = (255, 223, 102)
INK = (22, 32, 44)
INK_MUTED = (74, 86, 102)
LINE = (212, 219, 228)
WHITE = (255, 255, 255)
