from django.urls import path

from selfassess.views import results, steps

app_name = "selfassess"

urlpatterns = [
    path("", steps.start_page, name="start-page"),
    path("start/", steps.start, name="start"),
    path("age/", steps.age_band, name="age"),
    path("safety-questions/", steps.red_flags, name="red-flags"),
    path("get-help-now/", steps.get_help_now, name="get-help-now"),
    path("areas/", steps.areas, name="areas"),
    path("areas/<slug:code>/", steps.area, name="area"),
    path("check-your-answers/", steps.check, name="check"),
    path("result/", results.result, name="result"),
    path("progress/", results.progress, name="progress"),
]
