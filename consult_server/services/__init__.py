"""Business logic, testable without a socket. Transports call these and nothing else."""
