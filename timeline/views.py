from django.http import HttpResponse


def home(request):
    return HttpResponse("")


timeline = event_detail = actor_detail = place_detail = process_detail = home
