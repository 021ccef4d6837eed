package eu.leadercoop.search.index;

import eu.leadercoop.registry.model.Event;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.registry.model.PublicationState;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Search is public: only published projects, and the events of published projects, are indexed. A
 * project that is unpublished again leaves the index on commit.
 */
final class PublishedOnly {

    private PublishedOnly() {
    }

    static RoutingBinder projects() {
        return context -> bind(context, "publicationState", Project.class, p -> p);
    }

    static RoutingBinder events() {
        return context -> bind(context, "project.publicationState", Event.class, Event::getProject);
    }

    private static <E> void bind(RoutingBindingContext context, String path, Class<E> type,
            java.util.function.Function<E, Project> project) {
        context.dependencies().use(path);
        context.bridge(type, new RoutingBridge<>() {
            @Override
            public void route(DocumentRoutes routes, Object id, E entity, RoutingBridgeRouteContext ctx) {
                if (project.apply(entity).getPublicationState() == PublicationState.PUBLISHED) {
                    routes.addRoute();
                } else {
                    routes.notIndexed();
                }
            }

            @Override
            public void previousRoutes(DocumentRoutes routes, Object id, E entity, RoutingBridgeRouteContext ctx) {
                // One index, no routing keys: wherever it was, it is under the same route.
                routes.addRoute();
            }
        });
    }
}
