"""What the network app contributes to the site (see ``core.registry``): its demo seed, for now.

Its section is announced as coming soon by core until the network pages exist.
"""

from core import registry

registry.register_demo_seed("network.demo.seed")
