package kz.bagalau.shared.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON body of every API error: a stable code and, where useful, a message in the caller's language. */
public record ApiError(int status, String error, String message) {

    public static final int UNPROCESSABLE = 422;

    public static Response response(int status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, error, message)).build();
    }
}
