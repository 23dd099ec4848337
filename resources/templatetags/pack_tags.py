from django import template

from resources.pdf import online_address

register = template.Library()


@register.simple_tag
def pack_online_address(pack):
    """The address the pack's PDF prints and links to, so the printed page shows the same one."""
    return online_address(pack)
