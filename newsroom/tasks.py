"""Background work: extraction runs off the request as a Django task."""

from django.tasks import task

from newsroom.models import Article


@task()
def extract_article(article_id: int) -> dict[str, int]:
    article = Article.objects.get(pk=article_id)
    Article.objects.filter(pk=article_id).update(extraction_status=Article.Extraction.RUNNING)
    from newsroom.services import run_extraction

    try:
        outcome = run_extraction(article=article)
    except Exception as error:
        Article.objects.filter(pk=article_id).update(
            extraction_status=Article.Extraction.FAILED, extraction_error=str(error)[:2000]
        )
        raise
    return {"created": outcome.created, "updated": outcome.updated, "kept": outcome.kept_decided}
