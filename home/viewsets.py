from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import AgeBand, LifeArea


class LifeAreaViewSet(SnippetViewSet):
    model = LifeArea
    icon = "tag"
    list_display = ["name", "discipline", "sort_order"]
    ordering = ["sort_order", "name"]


class AgeBandViewSet(SnippetViewSet):
    model = AgeBand
    icon = "user"
    list_display = ["name", "min_age", "max_age"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = "Tags"
    menu_icon = "tag"
    menu_order = 300
    items = (LifeAreaViewSet, AgeBandViewSet)


taxonomy_viewset_group = TaxonomyViewSetGroup()
