"""Adapters between the network (HTTP, Socket.IO) and the services. No logic lives here."""
