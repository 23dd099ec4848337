from wagtail.snippets.models import register_snippet

from home.viewsets import taxonomy_viewset_group

register_snippet(taxonomy_viewset_group)
