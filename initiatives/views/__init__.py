"""Views of the initiatives app, one module per audience: public catalogue, map, carriers."""
