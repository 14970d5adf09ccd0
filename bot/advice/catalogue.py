"""Loads the group's product catalogue and refuses anything that is not the group's own."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DEFAULT_CATALOGUE = Path(__file__).with_name("catalogue.yml")
REQUIRED = ("id", "name", "provider", "kind", "credit")
LANGUAGES = ("en", "nl")


class CatalogueError(ValueError):
    """A catalogue that must not be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Product:
    id: str
    names: Mapping[str, str]
    provider: str
    kind: str
    credit: bool

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]


@dataclass(frozen=True)
class Catalogue:
    group: str
    entities: frozenset[str]
    products: tuple[Product, ...]

    def by_kind(self, kind: str) -> Product | None:
        return next((p for p in self.products if p.kind == kind), None)

    def by_id(self, product_id: str) -> Product | None:
        return next((p for p in self.products if p.id == product_id), None)

    def is_group_product(self, product: Product) -> bool:
        return product.provider in self.entities and product in self.products


def load_catalogue(path: Path = DEFAULT_CATALOGUE) -> Catalogue:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise CatalogueError(f"{path}: cannot read the catalogue: {error}") from None
    return parse_catalogue(raw, str(path))


def parse_catalogue(raw: Any, source: str) -> Catalogue:
    if not isinstance(raw, Mapping):
        raise CatalogueError(f"{source}: expected a mapping with 'group' and 'products'")
    group = raw.get("group") or {}
    entities = frozenset(str(e) for e in group.get("entities") or [])
    if not entities:
        raise CatalogueError(f"{source}: group.entities is empty, so no product can be the group's")
    products: list[Product] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw.get("products") or []):
        product = _product(entry, f"{source}: products[{index}]")
        if product.id in seen:
            raise CatalogueError(f"{source}: products[{index}] repeats the id {product.id!r}")
        if product.provider not in entities:
            raise CatalogueError(
                f"{source}: products[{index}] ({product.id!r}) is provided by "
                f"{product.provider!r}, which is not an entity of {group.get('name')!r}; "
                "only the group's own products may be suggested (art. 5.4.4)"
            )
        seen.add(product.id)
        products.append(product)
    return Catalogue(str(group.get("name") or ""), entities, tuple(products))


def _product(entry: Any, where: str) -> Product:
    if not isinstance(entry, Mapping):
        raise CatalogueError(f"{where}: expected a mapping, got {entry!r}")
    missing = [field for field in REQUIRED if entry.get(field) in (None, "")]
    if missing:
        raise CatalogueError(f"{where} ({entry.get('id')!r}) lacks {', '.join(missing)}")
    names = entry["name"]
    if not isinstance(names, Mapping) or any(not names.get(lang) for lang in LANGUAGES):
        raise CatalogueError(f"{where} ({entry['id']!r}) needs a name in {' and '.join(LANGUAGES)}")
    if not isinstance(entry["credit"], bool):
        raise CatalogueError(f"{where} ({entry['id']!r}): credit must be true or false")
    return Product(
        id=str(entry["id"]),
        names={k: str(v) for k, v in names.items()},
        provider=str(entry["provider"]),
        kind=str(entry["kind"]),
        credit=entry["credit"],
    )
