"""The transaction store behind a SQLAlchemy URL: SQLite by default, PostgreSQL at scale."""

from bot.store.store import Store

__all__ = ["Store"]


from functools import lru_cache  # noqa: E402


@lru_cache(maxsize=8)
def open_store(url: str) -> Store:
    """One Store (and so one connection pool) per URL for a long-running process. Tables added
    since the store was made are created here; existing ones are never altered."""
    store = Store.from_url(url)
    store.create_tables()
    return store


__all__ += ["open_store"]
