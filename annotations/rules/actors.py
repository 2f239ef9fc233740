"""Who is acting, as plain values: the rules take an Actor, never a request or a user object, so the services, the
importer and the API's action flags all ask the same questions and get the same answers."""
from dataclasses import dataclass

from annotations import roles


@dataclass(frozen=True)
class Actor:
    id: int | None
    username: str = ""
    annotate: bool = False  # create spans
    edit: bool = False  # change and delete own drafts
    delete: bool = False
    add_evidence: bool = False
    review: bool = False
    superuser: bool = False
    import_verified: bool = False  # bring in spans another tool verified (kept as provenance, see rules.imports)


def actor_of(user) -> Actor:
    """The Actor for a Django user (permissions through has_perm, so groups, explicit permissions and superusers
    count the same way)."""
    if user is None or not user.is_active:
        return Actor(id=getattr(user, "pk", None), username=user.get_username() if user is not None else "")
    perm = user.has_perm
    return Actor(
        id=user.pk,
        username=user.get_username(),
        annotate=roles.can_annotate(user),
        edit=perm("annotations.change_span"),
        delete=perm("annotations.delete_span"),
        add_evidence=perm("annotations.add_evidence"),
        review=roles.can_review(user),
        superuser=user.is_superuser,
        import_verified=perm("annotations.import_verified_span"),
    )
