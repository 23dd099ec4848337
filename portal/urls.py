from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import feedback as home_feedback
from home import views as home_views
from home.sitemaps import LanguagesSitemap
from portal import languages
from portal.health import healthz
from portal.staff_auth import views as staff_auth_views

urlpatterns = [
    # Wagtail's sign-in with failed-attempt limits, and the second-factor pages, ahead of the admin.
    path("admin/login/", staff_auth_views.LoginView.as_view(), name="staff_sign_in"),
    path("admin/password_reset/", staff_auth_views.PasswordResetView.as_view(), name="staff_password_reset"),
    path("admin/two-factor/", include("portal.staff_auth.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Every language's pages at their own addresses, each with its translations as alternates.
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LanguagesSitemap}}),
    path("healthz", healthz, name="healthz"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    # Ahead of Wagtail's own front-end login, which would check staff passwords without the second factor.
    path("_util/login/", staff_auth_views.front_end_login),
]

# What families read, in their language: English at the root as before, Polish under /pl/, Urdu under /ur/
# (docs/languages.md). The language comes from the address alone, so a cached page is always in one language.
public_urlpatterns = [
    path("search/", home_views.search, name="search"),
    path("self-assessment/", include("selfassess.urls")),
    path("refer/", include("referrals.urls")),
    path("schools/", include("resources.urls")),
    path("feedback/", home_feedback.submit_feedback, name="page_feedback"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving catches every other path, so it goes last; a page not yet translated into the
# family's language is served in English at its /pl/ or /ur/ address (portal/languages.py).
page_serving = [pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"]
page_serving.append(re_path(wagtail_urls.serve_pattern, languages.serve, name="wagtail_serve"))
urlpatterns += i18n_patterns(*public_urlpatterns, *page_serving, prefix_default_language=False)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
