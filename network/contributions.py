"""What the network app contributes to the site (see ``core.registry``): its demo seed, for now.

It declares its section once the network pages exist: until then the site does not show it.
"""

from core import registry

registry.register_demo_seed("network.demo.seed")
