from django.urls import path

from selfassess.views import progress, results, steps

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
    path("progress/", progress.find, name="progress"),
    path("progress/record/", progress.record, name="record"),
    path("progress/check-again/", progress.check_again, name="check-again"),
    path("progress/what-you-tried/", progress.tried, name="tried"),
]
