"""Rule families of the event coder, one mixin class per module; EventCoder inherits them all."""
