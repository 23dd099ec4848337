from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import feedback as home_feedback
from home import views as home_views
from portal.health import healthz
from portal.staff_auth import views as staff_auth_views

urlpatterns = [
    # Wagtail's sign-in with failed-attempt limits, and the second-factor pages, ahead of the admin.
    path("admin/login/", staff_auth_views.LoginView.as_view(), name="staff_sign_in"),
    path("admin/password_reset/", staff_auth_views.PasswordResetView.as_view(), name="staff_password_reset"),
    path("admin/two-factor/", include("portal.staff_auth.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", home_views.search, name="search"),
    path("self-assessment/", include("selfassess.urls")),
    path("refer/", include("referrals.urls")),
    path("schools/", include("resources.urls")),
    path("sitemap.xml", sitemap),
    path("healthz", healthz, name="healthz"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("feedback/", home_feedback.submit_feedback, name="page_feedback"),
    # Ahead of Wagtail's own front-end login, which would check staff passwords without the second factor.
    path("_util/login/", staff_auth_views.front_end_login),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving catches every other path, so it goes last.
urlpatterns += [path("", include(wagtail_urls))]

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
