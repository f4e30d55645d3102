package kitei.http;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/** A group of routes a feature mounts on the service's router (admin operations, metrics, ...). */
public interface Routes {

    void mount(Router router, Vertx vertx);
}
