from django.urls import path

from resources import views

app_name = "resources"

# Pages (the hub, the pack listing and packs, the training listing) are Wagtail pages under
# /schools/; these are the actions around them. None of these prefixes is a page slug.
urlpatterns = [
    path("packs/<int:pack_id>/download/", views.download_pack, name="download"),
    path("training/<int:event_id>/book/", views.book, name="book"),
    path("training/<int:event_id>/booked/", views.booked, name="booked"),
    # Tokens are URL-safe base64, which is what the slug converter matches: anything else (a NUL byte
    # included, which PostgreSQL refuses in a query) is not found without a lookup.
    path("training/cancel/<slug:token>/", views.cancel, name="cancel"),
    path("training/cancelled/", views.cancelled, name="cancelled"),
]
