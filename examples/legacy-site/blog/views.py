from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render, render_to_response
from django.views.generic import ListView

from .forms import CommentForm
from .models import Post


class PostListView(ListView):
    context_object_name = "posts"
    paginate_by = 10

    def get_queryset(self):
        return Post.objects.published().select_related("author", "category")


def post_detail(request, slug):
    post = get_object_or_404(Post.objects.published(), slug=slug)
    form = CommentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        comment = form.save(commit=False)
        comment.post = post
        # Staff comments skip moderation.
        comment.approved = request.user.is_authenticated() and request.user.is_staff
        comment.save()
        if request.is_ajax():
            return JsonResponse({"ok": True, "pending": not comment.approved})
        messages.success(request, "Thanks! Your comment was received.")
        return redirect(post)
    comments = post.comments.filter(approved=True)
    return render(request, "blog/post_detail.html", {"post": post, "form": form, "comments": comments})


def archive(request, year):
    posts = Post.objects.published().filter(published_at__year=year)
    return render_to_response("blog/post_list.html", {"posts": posts, "year": year})
