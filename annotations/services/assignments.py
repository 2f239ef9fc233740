"""Assignments: staff hand articles to annotators and reviewers (one or several each); each is audited."""
from django.db import IntegrityError, transaction

from annotations import roles
from annotations.models import Article, Assignment
from annotations.rules import assignments as rules


@transaction.atomic
def assignment_add(*, article: Article, user, role, assigned_by) -> Assignment:
    rules.check_can_assign(staff=assigned_by is None or roles.can_assign(assigned_by))
    username = user.get_username()
    role = rules.check_assignee(role=role, username=username, active=user.is_active,
                                can_annotate=roles.can_annotate(user), can_review=roles.can_review(user))
    exists = Assignment.objects.filter(article=article, user=user, role=role).exists()
    rules.check_not_assigned(exists, username=username, role=role)
    try:
        with transaction.atomic():
            assignment = Assignment(article=article, user=user, role=role, assigned_by=assigned_by)
            assignment._history_user = assigned_by
            assignment.save()
            return assignment
    except IntegrityError:  # assigned concurrently
        rules.check_not_assigned(True, username=username, role=role)


@transaction.atomic
def assignment_remove(*, assignment: Assignment, user) -> None:
    rules.check_can_assign(staff=user is None or roles.can_assign(user))
    assignment._history_user = user
    assignment.delete()
