from django.urls import path

from referrals.views import journey, outcome

app_name = "referrals"

urlpatterns = [
    path("", journey.start_page, name="start-page"),
    path("start/", journey.start, name="start"),
    path("check-your-answers/", journey.check, name="check"),
    path("cannot-refer/<slug:reason>/", journey.cannot_refer, name="cannot-refer"),
    # Tokens are URL-safe base64 (letters, digits, - and _), which is what the slug converter matches.
    path("sent/<slug:token>/", outcome.confirmation, name="confirmation"),
    path("status/", outcome.status_lookup, name="status"),
    path("status/result/", outcome.status_result, name="status-result"),
    path("<slug:slug>/", journey.step, name="step"),
]
