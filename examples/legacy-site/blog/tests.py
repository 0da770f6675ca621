from datetime import timedelta

from django.contrib.auth.models import User
from django.core.urlresolvers import reverse
from django.test import TestCase, override_settings
from django.utils import timezone

from .models import Comment, Post


@override_settings(STATICFILES_STORAGE="django.contrib.staticfiles.storage.StaticFilesStorage")
class PostViewsTests(TestCase):
    # settings.DATABASES has a 'replica' alias; wrap both in the test transaction.
    multi_db = True

    @classmethod
    def setUpTestData(cls):
        cls.author = User.objects.create_user("ada", "ada@example.com", "s3cret-pass")
        now = timezone.now()
        cls.live = Post.objects.create(
            author=cls.author, title="Hello world", slug="hello-world", body="First post.",
            status=Post.PUBLISHED, published_at=now - timedelta(days=1),
        )
        Post.objects.create(author=cls.author, title="Draft", slug="draft", body="Soon.")
        Post.objects.create(
            author=cls.author, title="Scheduled", slug="scheduled", body="Tomorrow.",
            status=Post.PUBLISHED, published_at=now + timedelta(days=1),
        )

    def test_only_published_posts_are_listed(self):
        self.assertQuerysetEqual(Post.objects.published(), ["<Post: Hello world>"])
        response = self.client.get(reverse("blog:post_list"))
        self.assertEquals(response.status_code, 200)
        self.assertContains(response, "Hello world")
        self.assertNotContains(response, "Scheduled")

    def test_ajax_comment_is_held_for_moderation(self):
        response = self.client.post(
            self.live.get_absolute_url(),
            {"author_name": "Bob", "email": "bob@example.com", "body": "Nice!"},
            HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        )
        self.assertEquals(response.json(), {"ok": True, "pending": True})
        self.assertEquals(Comment.objects.filter(approved=False).count(), 1)

    def test_spam_is_rejected(self):
        response = self.client.post(
            self.live.get_absolute_url(),
            {"author_name": "Spammer", "email": "s@example.com", "body": "Cheap CASINO chips"},
        )
        self.assertEquals(response.status_code, 200)
        self.assertFalse(Comment.objects.exists())
