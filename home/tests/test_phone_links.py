"""Numbers families are told to call become links that dial them, in every language the site speaks (issue 18,
issue 22): "zadzwoń pod 111" in Polish, "111 پر فون کریں" in Urdu, as "call 111" in English."""

from home.templatetags.portal_tags import phone_links


def test_999_and_111_after_call_in_english_polish_and_before_on_in_urdu_dial_them():
    assert phone_links("or call 111. In an emergency, call 999.") == (
        'or call <a href="tel:111">111</a>. In an emergency, call <a href="tel:999">999</a>.'
    )
    assert phone_links("albo zadzwoń pod 111. W nagłym wypadku dzwoń pod 999.") == (
        'albo zadzwoń pod <a href="tel:111">111</a>. W nagłym wypadku dzwoń pod <a href="tel:999">999</a>.'
    )
    assert phone_links("یا 111 پر فون کریں۔") == 'یا <a href="tel:111">111</a> پر فون کریں۔'


def test_nhs_111_online_links_to_the_service_in_its_own_words():
    assert phone_links("use NHS 111 online") == 'use <a href="https://111.nhs.uk/">NHS 111 online</a>'
    assert phone_links("NHS 111 آن لائن استعمال کریں") == (
        '<a href="https://111.nhs.uk/">NHS 111 آن لائن</a> استعمال کریں'
    )


def test_a_111_that_is_not_a_number_to_call_is_left_alone():
    assert phone_links("111 High Street") == "111 High Street"
    assert phone_links("Stoki 111 mieszkań") == "Stoki 111 mieszkań"
    assert phone_links('<a href="tel:111">111</a> پر') == '<a href="tel:111">111</a> پر'
