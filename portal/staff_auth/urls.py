from django.urls import path

from portal.staff_auth import views

app_name = "staff_auth"

urlpatterns = [
    path("enrol/", views.enrol, name="enrol"),
    path("verify/", views.verify, name="verify"),
    path("recovery-codes/", views.recovery_codes, name="recovery-codes"),
    path("recovery-codes/new/", views.new_codes, name="new-codes"),
    path("stay-signed-in/", views.stay_signed_in, name="stay-signed-in"),
]
