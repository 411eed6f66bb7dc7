package io.fundregistry.app.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Whether a text can name the address to listen on: an IPv4 or IPv6 literal, or a host name of letters, digits,
 * dots and hyphens. Checks the spelling only; a name is never looked up, so a reader of the configuration never
 * waits on DNS.
 */
final class HostSyntax {

    private static final Pattern DOTTED_DIGITS = Pattern.compile("[0-9.]+");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");
    private static final Pattern HOST_NAME = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final int MAX_HOST_NAME = 253;

    private HostSyntax() {}

    static boolean isValid(String host) {
        if (DOTTED_DIGITS.matcher(host).matches()) {
            return isIpv4(host);
        }
        if (IPV6_CHARACTERS.matcher(host).matches()) {
            return isIpv6(host);
        }
        return host.length() <= MAX_HOST_NAME && HOST_NAME.matcher(host).matches();
    }

    private static boolean isIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    // The text starts with a hex digit or a colon and holds a colon, so the JDK parses it as a literal or refuses
    // it, and never asks DNS.
    private static boolean isIpv6(String host) {
        try {
            InetAddress.getByName(host);
            return true;
        } catch (UnknownHostException notALiteral) {
            return false;
        }
    }
}
