from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.decorators.cache import cache_control
from django.views.generic import RedirectView


@cache_control(max_age=86400, public=True)
def favicon(request):
    """Browsers ask for /favicon.ico on every page, admin included."""
    return RedirectView.as_view(url=static("img/favicon.svg"), permanent=False)(request)


urlpatterns = [
    path("admin/", admin.site.urls),
    path("favicon.ico", favicon),
    path("", include("timeline.urls")),
]
