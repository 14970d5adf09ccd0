from pathlib import Path

import pytest

from bot.advice.catalogue import CatalogueError, load_catalogue

GROUP = """group:
  name: Penny Bank Group
  entities: [Penny Bank N.V., Penny Verzekeringen N.V.]
products:
"""
GOOD = """  - id: savings-account
    name: {en: Savings, nl: Sparen}
    provider: Penny Bank N.V.
    kind: savings
    credit: false
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "catalogue.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_catalogue_loads():
    catalogue = load_catalogue()
    assert catalogue.by_id("savings-account") is not None
    assert {p.kind for p in catalogue.products} >= {
        "savings", "childrens_savings", "credit_card", "travel_insurance", "home_insurance",
        "mortgage_orientation", "investing", "pension",
    }


def test_a_third_party_product_cannot_even_be_loaded(tmp_path):
    path = write(tmp_path, GROUP + GOOD + """  - id: garden-deal
    name: {en: Garden deal, nl: Tuinaanbieding}
    provider: Tuincentrum BV
    kind: garden
    credit: false
""")
    with pytest.raises(CatalogueError) as error:
        load_catalogue(path)
    message = str(error.value)
    assert str(path) in message and "products[1]" in message and "garden-deal" in message
    assert "Tuincentrum BV" in message


def test_a_duplicate_id_is_refused(tmp_path):
    with pytest.raises(CatalogueError, match=r"products\[1\] repeats the id 'savings-account'"):
        load_catalogue(write(tmp_path, GROUP + GOOD + GOOD))


@pytest.mark.parametrize("field", ["provider", "kind", "credit", "name"])
def test_a_missing_field_is_refused_by_name(tmp_path, field):
    entry = "\n".join(line for line in GOOD.splitlines() if f" {field}:" not in line) + "\n"
    with pytest.raises(CatalogueError, match=rf"products\[0\].*lacks {field}"):
        load_catalogue(write(tmp_path, GROUP + entry))


def test_a_product_needs_a_dutch_name_and_a_boolean_credit_flag(tmp_path):
    with pytest.raises(CatalogueError, match="needs a name in en and nl"):
        load_catalogue(write(tmp_path, GROUP + GOOD.replace(", nl: Sparen", "")))
    with pytest.raises(CatalogueError, match="credit must be true or false"):
        load_catalogue(write(tmp_path, GROUP + GOOD.replace("credit: false", "credit: maybe")))


def test_an_unreadable_or_malformed_file_gets_a_clear_error(tmp_path):
    with pytest.raises(CatalogueError, match="cannot read"):
        load_catalogue(tmp_path / "missing.yml")
    with pytest.raises(CatalogueError, match="cannot read"):
        load_catalogue(write(tmp_path, "group: [unclosed"))
    with pytest.raises(CatalogueError, match="group.entities is empty"):
        load_catalogue(write(tmp_path, "group: {name: X}\nproducts: []\n"))
