package eu.leadercoop.registry.model;

/** Joint activities (ühistegevused) belong to all partners; partner activities (lisategevused) to one. */
public enum ActivityScope {
    JOINT,
    PARTNER
}
