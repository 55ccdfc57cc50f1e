from django.urls import path

from timeline import views

app_name = "timeline"

urlpatterns = [
    path("", views.home, name="home"),
    path("timeline/", views.timeline, name="timeline"),
    path("events/<int:pk>-<slug:slug>/", views.event_detail, name="event"),
    path("events/<int:pk>/", views.event_detail, name="event-short"),
    path("events/<int:pk>/details/", views.event_details, name="event-details"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor"),
    path("places/<slug:slug>/", views.place_detail, name="place"),
    path("processes/<slug:slug>/", views.process_detail, name="process"),
]
